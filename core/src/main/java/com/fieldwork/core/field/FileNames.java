package com.fieldwork.core.field;

/** File names as uploads bring them. */
final class FileNames {

    private FileNames() {
    }

    /** Some clients send a full path; a stored name with folders in it would be a trap on download. */
    static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
