/**
 * Use cases of the program context: registering universities, describing programs, and the input
 * checks that refuse a request with an {@code InvalidInput} naming the field before anything is
 * stored. Services here coordinate; the rules of a program live in {@code kz.kenes.program.domain}.
 */
package kz.kenes.program.application;
