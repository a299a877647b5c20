package kz.kenes.platform.web;

import java.util.List;

/**
 * A page of a list as the REST API answers it: its items, how many there are in all, and where the
 * page starts ({@code offset}, {@code limit}, read with {@link QueryInts}).
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {}
