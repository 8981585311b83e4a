/** How an Assembly's settings are stored: the values set, as text by key, under one version. */
package org.ipu.assembly.platform.settings.entity;
