package org.injaz.portal;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.injaz.nomination.EntityType;

/**
 * The nomination form as the nominee fills it in, saved as a draft at any stage: only
 * lengths and the address's form are checked on saving, the required fields on
 * submitting. The version is the draft's, carried in a hidden field so that a stale edit
 * is refused. Public for data binding.
 */
public class DraftForm {

	@Size(max = 20)
	private String programmeCode;

	private Integer editionNumber;

	@Size(max = 20)
	private String branchCode;

	@Size(max = 300, message = "{portal.field.too-long}")
	private String entityName;

	private EntityType entityType;

	@Size(max = 300, message = "{portal.field.too-long}")
	private String title;

	@Size(max = 4000, message = "{portal.field.too-long}")
	private String summary;

	@Size(max = 1000, message = "{portal.field.too-long}")
	@Pattern(regexp = "(https?://\\S+)?", message = "{portal.field.url}")
	private String serviceUrl;

	@Size(max = 3000, message = "{portal.field.too-long}")
	private String partnerEntities;

	private Long version;

	/** One per rendering of the form: submitting it twice makes one nomination. */
	@Size(max = 100)
	private String idempotencyKey;

	public String getProgrammeCode() {
		return this.programmeCode;
	}

	public void setProgrammeCode(String programmeCode) {
		this.programmeCode = programmeCode;
	}

	public Integer getEditionNumber() {
		return this.editionNumber;
	}

	public void setEditionNumber(Integer editionNumber) {
		this.editionNumber = editionNumber;
	}

	public String getBranchCode() {
		return this.branchCode;
	}

	public void setBranchCode(String branchCode) {
		this.branchCode = branchCode;
	}

	public String getEntityName() {
		return this.entityName;
	}

	public void setEntityName(String entityName) {
		this.entityName = entityName;
	}

	public EntityType getEntityType() {
		return this.entityType;
	}

	public void setEntityType(EntityType entityType) {
		this.entityType = entityType;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getServiceUrl() {
		return this.serviceUrl;
	}

	public void setServiceUrl(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	public String getPartnerEntities() {
		return this.partnerEntities;
	}

	public void setPartnerEntities(String partnerEntities) {
		this.partnerEntities = partnerEntities;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	List<String> partnerList() {
		return AnswerForm.lines(this.partnerEntities);
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
