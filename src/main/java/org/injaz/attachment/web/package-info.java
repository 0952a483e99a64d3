/**
 * What every attachments endpoint shares: the JSON view of a file, download responses and
 * the localised Problem Details of refused uploads.
 */
package org.injaz.attachment.web;
