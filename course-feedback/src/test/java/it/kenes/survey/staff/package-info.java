/** ITs of the staff's survey and instrument pages over HTTP: who sees them, and their forms. */
package it.kenes.survey.staff;
