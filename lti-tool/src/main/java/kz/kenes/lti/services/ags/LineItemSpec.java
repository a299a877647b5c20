package kz.kenes.lti.services.ags;

/**
 * The line item Kenes wants for an activity when the launch names none: found in the context's line
 * items by {@code resourceId} (and resource link, when given), else created with these values (AGS
 * 2.0 §3.2).
 *
 * @param resourceId the Kenes activity, {@code <type>:<id>}
 * @param resourceLinkId the platform's resource link id, or null for a line item of the context
 */
public record LineItemSpec(
    String label, double scoreMaximum, String resourceId, String tag, String resourceLinkId) {}
