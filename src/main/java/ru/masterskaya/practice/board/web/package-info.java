@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.board.web;
