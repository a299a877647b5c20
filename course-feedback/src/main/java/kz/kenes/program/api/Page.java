package kz.kenes.program.api;

import java.util.List;

/** A page of a list: its items, how many there are in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {}
