@org.jspecify.annotations.NullMarked
package ru.masterskaya.practice.attention.link.web;
