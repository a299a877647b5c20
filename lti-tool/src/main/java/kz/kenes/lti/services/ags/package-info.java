/**
 * Assignment and Grade Services 2.0, the tool's side: line items (the launch's own, or found or
 * created per Kenes activity in the context's container), scores, results. {@link
 * kz.kenes.lti.services.ags.GradeService} is the client; {@link kz.kenes.lti.services.ags.AgsUrls}
 * builds the URLs by path, as Moodle needs.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/">LTI Assignment and Grade Services
 *     2.0</a>
 */
package kz.kenes.lti.services.ags;
