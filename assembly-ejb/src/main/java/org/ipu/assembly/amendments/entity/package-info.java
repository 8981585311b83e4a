/**
 * Draft resolutions, their paragraphs (text in each language with its revision) and amendments with
 * their co-sponsors, as stored. Text is kept as written: never markup.
 */
package org.ipu.assembly.amendments.entity;
