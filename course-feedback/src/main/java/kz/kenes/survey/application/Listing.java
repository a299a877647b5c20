package kz.kenes.survey.application;

import java.util.List;

/**
 * One page of a longer list: its items, how many there are in all, and where the page starts. The
 * REST API answers it as a {@code platform.web.Page}; pages render their pager from it.
 */
public record Listing<T>(List<T> items, long total, int offset, int limit) {}
