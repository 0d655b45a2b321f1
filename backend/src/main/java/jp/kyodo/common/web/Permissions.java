package jp.kyodo.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with the record it is reading, so a UI offers only what will be accepted. */
@Schema(name = "Permissions", description = "What the caller may do with this record")
public record Permissions(@Schema(examples = "true") boolean canEdit) {
}
