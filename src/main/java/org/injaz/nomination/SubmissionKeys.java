package org.injaz.nomination;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionKeys extends JpaRepository<SubmissionKey, SubmissionKey.Id> {

}
