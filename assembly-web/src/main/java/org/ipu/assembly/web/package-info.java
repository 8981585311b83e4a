/**
 * The web tier of the Assembly: JSF pages (backing beans named {@code *Backing}, one package per
 * page folder), the JSON REST API under {@code /api}, sign-in and the language of each page.
 * Business rules live in the EJB module; nothing here decides them.
 */
package org.ipu.assembly.web;
