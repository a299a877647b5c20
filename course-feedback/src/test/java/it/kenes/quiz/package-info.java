/** Integration tests of quizzes over HTTP: the API, its permissions and the pages. */
package it.kenes.quiz;
