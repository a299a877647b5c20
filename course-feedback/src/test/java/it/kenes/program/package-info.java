/** ITs of the program API over HTTP: universities, programs, their permissions. */
package it.kenes.program;
