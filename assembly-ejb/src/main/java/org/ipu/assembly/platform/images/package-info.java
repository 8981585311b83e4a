/**
 * Images people upload, made safe to keep and show: a photo is checked (JPEG or PNG by its own
 * bytes, within a size, not too small, not a decompression bomb), turned upright, cropped to a
 * centred square, scaled and re-encoded as a JPEG without any of the original's metadata (no
 * camera, no place, no date). Plain Java ({@code javax.imageio} and {@code java.awt.image}), tested
 * without a container; the refusals are {@link org.ipu.assembly.platform.AssemblyException}s with
 * stable codes ({@code photo.*}).
 *
 * <p>Knows no business component.
 */
package org.ipu.assembly.platform.images;
