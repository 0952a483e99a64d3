/**
 * Evidence files of nominations: checked by content, stored crash-safely in a directory,
 * recorded with their owner (a draft or a nomination), counted against a quota.
 */
package org.injaz.attachment;
