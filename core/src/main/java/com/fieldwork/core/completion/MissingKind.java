package com.fieldwork.core.completion;

/** What kind of proof a job still lacks before it may be completed. */
public enum MissingKind {
    /** A required checklist item of the template has no answer. */
    CHECKLIST_ITEM,
    /** Fewer photos than the template's minimum. */
    PHOTOS,
    /** The template requires the customer's signature and none is on the job. */
    SIGNATURE,
    /** A job without a template has no checklist to show what was done, so it needs a written summary. */
    SUMMARY
}
