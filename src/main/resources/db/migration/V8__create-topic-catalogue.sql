-- the blocks are fixed: the professional standard and Р-201, plus the managerial block for the methodological active
CREATE TABLE topic_block (
    code       VARCHAR(40) NOT NULL PRIMARY KEY,
    sort_order INT         NOT NULL
);

-- a topic is never deleted, because campaigns and answers will refer to it; names are unique
-- ignoring case and ё/е, which the catalogue service checks
CREATE TABLE topic (
    id          UUID         NOT NULL PRIMARY KEY,
    block_code  VARCHAR(40)  NOT NULL REFERENCES topic_block (code),
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    active      BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX topic_block_ix ON topic (block_code);

INSERT INTO topic_block (code, sort_order) VALUES
    ('SUBJECT', 10),
    ('METHODICAL', 20),
    ('PSYCHOLOGICAL', 30),
    ('COMMUNICATIVE', 40),
    ('LEGAL', 50),
    ('MANAGERIAL', 60);

INSERT INTO topic (id, block_code, name, description, active, sort_order, version, created_at, updated_at) VALUES
    ('7d0c1a00-0000-4000-8000-000000000101', 'SUBJECT', 'Формирование функциональной грамотности', 'Читательская, математическая, естественно-научная, финансовая грамотность и креативное мышление на уроке.', TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000102', 'SUBJECT', 'Метапредметность в преподавании предмета', 'Метапредметные результаты и универсальные учебные действия в содержании предмета.', TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000103', 'SUBJECT', 'Критериальное оценивание', 'Критерии и дескрипторы, понятные обучающимся до начала работы.', TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000104', 'SUBJECT', 'Приёмы формирующего оценивания', NULL, TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000105', 'SUBJECT', 'Подготовка обучающихся к олимпиадам', NULL, TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000106', 'SUBJECT', 'Цифровые образовательные ресурсы на уроке', NULL, TRUE, 60, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000201', 'METHODICAL', 'Проектный хакатон как форма методической работы', 'Командная разработка решений методической задачи за ограниченное время.', TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000202', 'METHODICAL', 'Новые формы методической работы: форсайт, митап, батл', NULL, TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000203', 'METHODICAL', 'Посещение и анализ урока', 'Цель посещения, схема наблюдения, анализ и обратная связь учителю.', TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000204', 'METHODICAL', 'Разработка положения о мероприятии или формировании', NULL, TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000205', 'METHODICAL', 'Позиционный анализ', 'Обсуждение проблемы с разных заданных позиций участников.', TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000206', 'METHODICAL', 'Проектная деятельность', NULL, TRUE, 60, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000207', 'METHODICAL', 'Активные методы обучения', NULL, TRUE, 70, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000208', 'METHODICAL', 'Обобщение и распространение педагогического опыта', NULL, TRUE, 80, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000301', 'PSYCHOLOGICAL', 'Работа с детьми с ОВЗ', 'Адаптированные программы, специальные условия и индивидуальный подход.', TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000302', 'PSYCHOLOGICAL', 'Профилактика профессионального выгорания', NULL, TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000303', 'PSYCHOLOGICAL', 'Работа с одарёнными детьми', NULL, TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000304', 'PSYCHOLOGICAL', 'Возрастные особенности обучающихся', NULL, TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000305', 'PSYCHOLOGICAL', 'Профилактика травли в классном коллективе', NULL, TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000401', 'COMMUNICATIVE', 'Конструктивное общение с родителями', NULL, TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000402', 'COMMUNICATIVE', 'Сетевое сообщество педагогов', 'Профессиональное общение и совместная работа педагогов разных организаций.', TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000403', 'COMMUNICATIVE', 'Модерация групповой работы', NULL, TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000404', 'COMMUNICATIVE', 'Публичное выступление педагога', NULL, TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000405', 'COMMUNICATIVE', 'Разрешение конфликтов в образовательной среде', NULL, TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000501', 'LEGAL', 'ФГОС и ФОП: требования к рабочей программе', NULL, TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000502', 'LEGAL', 'Аттестация педагогических работников', NULL, TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000503', 'LEGAL', 'Защита персональных данных обучающихся', NULL, TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000504', 'LEGAL', 'Локальные нормативные акты образовательной организации', NULL, TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000505', 'LEGAL', 'Права и обязанности педагогического работника', NULL, TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000601', 'MANAGERIAL', 'SWOT-анализ как инструмент управления', NULL, TRUE, 10, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000602', 'MANAGERIAL', 'Институциональный проект', 'Проект развития образовательной организации: замысел, команда, результаты.', TRUE, 20, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000603', 'MANAGERIAL', 'Организация наставничества', NULL, TRUE, 30, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000604', 'MANAGERIAL', 'Грантовые конкурсы', 'Поиск конкурса, заявка, бюджет проекта и отчётность.', TRUE, 40, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000605', 'MANAGERIAL', 'Планирование методической работы в организации', NULL, TRUE, 50, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00'),
    ('7d0c1a00-0000-4000-8000-000000000606', 'MANAGERIAL', 'Мониторинг качества образования', NULL, TRUE, 60, 0, TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-09-01 00:00:00+00');
