/**
 * CSV files for spreadsheets, written with Apache Commons CSV, their text fields neutralised
 * against formula injection.
 */
package org.ipu.assembly.web.platform.csv;
