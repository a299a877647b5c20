/**
 * The ports where the contexts and the LTI adapter meet over activities, the things an instructor
 * places in a course page: {@link kz.kenes.platform.activity.ActivityProvider}, which each context
 * implements for its kind of activity (surveys today; quizzes, campaigns, certificates later) so
 * the deep linking picker lists it and a launch of a placed link opens it; {@link
 * kz.kenes.platform.activity.ActivityResults}, through which a context reports a learner's result
 * so that it reaches the LMS gradebook (implemented by the adapter); {@link
 * kz.kenes.platform.activity.CourseRosters}, a course's roster synced from the LMS, for response
 * rates (implemented by the adapter); {@link kz.kenes.platform.activity.CourseResponses}, a
 * course's open activities and who of its members answered them, for reminding non-respondents
 * (implemented by the survey context); {@link kz.kenes.platform.activity.QuizOutcomes}, a course's
 * quizzes and a learner's kept result on each, for completion rules (implemented by the quiz
 * context); {@link kz.kenes.platform.activity.ActivityCompleted}, the CDI event a context fires
 * after a learner finished an activity. Plain Java and CDI only; it depends on no context.
 */
package kz.kenes.platform.activity;
