@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.attention.web;
