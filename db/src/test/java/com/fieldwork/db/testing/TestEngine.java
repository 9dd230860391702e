package com.fieldwork.db.testing;

/** The engines every repository test runs on. */
public enum TestEngine {
    H2, POSTGRESQL
}
