package org.ipu.assembly.web.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that takes a file as it is (a photo, ...) instead of JSON: {@link
 * SameOriginWrites} lets its body be of the media types of its {@code @Consumes} (still refusing
 * other sites), and {@link BodyLimit} limits its body by its {@link UploadLimit} instead of the
 * JSON limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {

  /** The bean that says how large the upload may be now. */
  Class<? extends UploadLimit> limit();
}
