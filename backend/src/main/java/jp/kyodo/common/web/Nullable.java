package jp.kyodo.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This component of a response record may be sent as {@code null} (or, in a record with
 * {@code @JsonInclude(NON_NULL)}, left out). Every other component is always sent with a value; the contract says
 * so ({@code required}, non-null type), and the backend tests check every response against it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Nullable {
}
