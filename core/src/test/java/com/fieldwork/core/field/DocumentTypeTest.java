package com.fieldwork.core.field;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    @Test
    void pdfJpegAndPngAreKnownByTheirFirstBytes() {
        assertThat(DocumentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(DocumentType.JPEG);
        assertThat(DocumentType.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(DocumentType.PNG);
        assertThat(DocumentType.PDF.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void anythingElseIsNotADocumentWhateverItIsCalled() {
        assertThat(DocumentType.detect(new byte[]{'P', 'K', 3, 4})).as("a Word file is a ZIP").isEmpty();
        assertThat(DocumentType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).as("a program").isEmpty();
        assertThat(DocumentType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).as("too short to tell").isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
    }
}
