-- an uploaded XLSX kept between its preview and its confirmation, so that any node can apply it
CREATE TABLE import_upload (
    id          UUID         NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL
);
