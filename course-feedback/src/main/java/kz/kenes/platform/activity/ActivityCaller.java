package kz.kenes.platform.activity;

/**
 * Who asks for activities: the Kenes session of the page. Providers look the session up in their
 * own terms (its role, course and university) and apply their context's access rules.
 *
 * @param sessionId the id of the caller's Kenes session
 */
public record ActivityCaller(long sessionId) {}
