/**
 * The demo seed: the one place in {@code src/main} with sample data, loaded in dev mode only so
 * that a developer's Kenes (and the browser tests) has a university, programs, a course and people
 * to launch as. {@link kz.kenes.demo.DemoSeed} documents what it creates; later issues extend it.
 */
package kz.kenes.demo;
