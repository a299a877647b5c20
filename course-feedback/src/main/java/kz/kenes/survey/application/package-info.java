/**
 * Use cases of surveys: authoring instruments (and installing the starter library), running surveys
 * in rounds, making invitation links, and taking responses from learners and invited respondents.
 * Services check input whole before a transaction starts; the stores write.
 */
package kz.kenes.survey.application;
