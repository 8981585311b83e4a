package org.ipu.assembly.web.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ipu.assembly.registration.boundary.Registrations;
import org.ipu.assembly.web.platform.rest.UploadLimit;

/**
 * How large a badge photo upload may be: the current Assembly's setting {@code
 * registration.photo-max-size}; over it, 413 {@code photo.too-large} with the limit in kilobytes.
 */
@ApplicationScoped
public class PhotoUploadLimit implements UploadLimit {

  @Inject private Registrations registrations;

  @Override
  public Limit now() {
    int kilobytes = registrations.photoMaxKilobytes();
    return new Limit(kilobytes * 1024L, "photo.too-large", List.of(kilobytes));
  }
}
