package com.fieldwork.core.field;

import com.fieldwork.core.common.DomainException;

/** The content is not of a type we accept, judged by its bytes; the API answers 415. */
public final class UnsupportedMediaTypeException extends DomainException {

    public UnsupportedMediaTypeException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unsupported_media_type";
    }
}
