/**
 * Reading the agencies' forms: the LIG Referral, Referral Response and Rapid Review forms of the CSPR
 * procedure (appendices B, C and D), sent as .docx, Word 97 .doc or PDF.
 *
 * <p>{@link uk.org.hscp.notifier.forms.FormReader} turns a file's bytes into a
 * {@link uk.org.hscp.notifier.forms.ReadResult}: a {@link uk.org.hscp.notifier.forms.Form} with its
 * {@link uk.org.hscp.notifier.forms.FormProblem}s, or the reason it is not one. {@link
 * uk.org.hscp.notifier.forms.FormJson} writes and reads the parse contract's JSON (the sample forms' README).
 * Plain Java (POI, PDFBox, Jackson): no Spring, no Camel, no Jakarta Mail, no clock.
 *
 * <p>Inside: {@code docx}, {@code doc} and {@code pdf} turn each format into the same
 * {@link uk.org.hscp.notifier.forms.layout.Layout} (rows of cells, struck-through text and tick boxes
 * kept); {@code extract} recognises the form from its printed labels and reads its fields.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = {})
package uk.org.hscp.notifier.forms;

import org.springframework.modulith.ApplicationModule;
