@org.jspecify.annotations.NullMarked
package ru.masterskaya.notifications.web;
