/** ITs of the survey API: instruments, surveys, rounds, invitations and responses over HTTP. */
package it.kenes.survey;
