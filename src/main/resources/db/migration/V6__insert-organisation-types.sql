INSERT INTO organisation_type (code, name, preschool, sort_order, active, version) VALUES
    ('SCHOOL', 'Общеобразовательная школа', FALSE, 10, TRUE, 0),
    ('PRESCHOOL', 'Дошкольная образовательная организация (ДОУ)', TRUE, 20, TRUE, 0),
    ('ADDITIONAL', 'Организация дополнительного образования (УДО)', FALSE, 30, TRUE, 0),
    ('COLLEGE', 'Профессиональная образовательная организация (СПО)', FALSE, 40, TRUE, 0),
    ('UNIVERSITY', 'Образовательная организация высшего образования (вуз)', FALSE, 50, TRUE, 0),
    ('METHODICAL_CENTRE', 'Методический центр', FALSE, 60, TRUE, 0),
    ('OTHER', 'Другая организация', FALSE, 90, TRUE, 0);
