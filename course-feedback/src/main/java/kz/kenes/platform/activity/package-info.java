/**
 * Where the contexts and the LTI adapter meet over activities placed in a course: {@link
 * kz.kenes.platform.activity.ActivityResults}, through which a context reports a learner's result
 * so that it reaches the LMS gradebook (implemented by the adapter). Depends on nothing else in
 * Kenes.
 */
package kz.kenes.platform.activity;
