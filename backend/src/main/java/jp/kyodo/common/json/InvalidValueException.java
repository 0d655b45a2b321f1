package jp.kyodo.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that the API still refuses; carries the message and code for the field problem. */
public class InvalidValueException extends MismatchedInputException {

    private final String code;

    public InvalidValueException(JsonParser p, String message, String code) {
        super(p, message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message without Jackson's location suffix. */
    public String reason() {
        return getOriginalMessage();
    }
}
