package ru.masterskaya.demo;

/** Russian names agree with it: «Иванов Иван Иванович», «Иванова Мария Ивановна». */
enum Gender {
    FEMALE,
    MALE
}
