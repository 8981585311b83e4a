/**
 * The accreditation's pages and API: badges printed in batches with a progress bar, the check-in
 * desk (camera, USB scanner or name; offline with a synced roster and a queue of scans), the list
 * of participants, visa-support letters and the live statistics.
 */
package org.ipu.assembly.web.accreditation;
