/**
 * PDF documents (service reports, invoices) rendered with OpenPDF from core records. Nothing here reads
 * the database: callers hand over the data through core ports, so the same renderer serves the console,
 * the field API and the tests.
 */
package com.fieldwork.documents;
