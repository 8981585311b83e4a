package org.ipu.assembly.web.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shapes a record component of type {@code Object} (or a map's {@code Object} values) takes in
 * JSON, for the OpenAPI document: for example a setting's value, a whole number or a population
 * table ({@code PopulationStep[].class}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OneOf {
  Class<?>[] value();
}
