package vn.lamtheobac.initiative;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.ReviseInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.UnpublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.initiative.internal.InitiativeAdoption;
import vn.lamtheobac.initiative.internal.InitiativeAssessment;
import vn.lamtheobac.initiative.internal.InitiativeProgress;
import vn.lamtheobac.initiative.internal.InitiativePublication;
import vn.lamtheobac.initiative.internal.InitiativeReading;
import vn.lamtheobac.initiative.internal.InitiativeRegistration;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Models and actions (mô hình, hành động cụ thể) from registration to replication.
 *
 * <ul>
 *   <li>Registering, revising, reporting progress, starting and completing: officers, secretaries and administrators
 *       over the owning organisation ({@link Role#RECORD_KEEPERS}); and a person for their own individual initiative
 *       (a member's right).
 *   <li>Reading: {@link Role#READERS} over the owning organisation's subtree, the individual themself, and — for a
 *       recognised good model — everyone working at or under the committee that recognised it. Anything else does
 *       not exist for the caller (404, audited as {@link AccessDenied}).
 *   <li>Evaluating and recognising as a good model: the superior committee, that is an officer or administrator
 *       over the owning organisation's parent (or above it). The owner's own officers cannot evaluate their work.
 *   <li>Adopting a good model: a record keeper of another organisation in their scope; a new registered initiative
 *       linked to the model.
 *   <li>Publishing to the portal: officers and administrators over the owning organisation, only an effective one,
 *       and an individual's only with their consent recorded by their unit; withdrawing the consent unpublishes.
 * </ul>
 *
 * An illegal transition answers a {@link BusinessRuleException} naming the rule. The facade of the module: each use
 * case lives in its own service in {@code internal}, the lifecycle in the {@code Initiative} aggregate, guarded by one
 * transition table and by the rules ({@code InitiativeRules}) at every step that depends on them.
 */
@Service
public class InitiativeManagement {

    private final InitiativeReading reading;
    private final InitiativeRegistration registration;
    private final InitiativeProgress progress;
    private final InitiativeAssessment assessment;
    private final InitiativeAdoption adoption;
    private final InitiativePublication publication;

    InitiativeManagement(
            InitiativeReading reading,
            InitiativeRegistration registration,
            InitiativeProgress progress,
            InitiativeAssessment assessment,
            InitiativeAdoption adoption,
            InitiativePublication publication) {
        this.reading = reading;
        this.registration = registration;
        this.progress = progress;
        this.assessment = assessment;
        this.adoption = adoption;
        this.publication = publication;
    }

    // ------------------------------------------------------------------------------------------------------ reading

    /** One initiative with its indicators, progress history (newest first) and photos. */
    public InitiativeDetail get(long id, Scope scope) {
        return reading.get(id, scope);
    }

    /**
     * The initiatives the caller sees matching {@code query}, newest year first: those of their subtrees, the good
     * models recognised at or above them, and their own individual ones.
     */
    public Paged<InitiativeView> list(InitiativeQuery query, Scope scope) {
        return reading.list(query, scope);
    }

    /** Whether the caller may export lists of initiatives ({@code Capability.EXPORT_MODELS}). */
    public boolean canExport(Scope scope) {
        return reading.canExport(scope);
    }

    /** What the caller may do with the initiative now; every action is checked again when asked. */
    public InitiativeActions actions(InitiativeDetail initiative, Scope scope) {
        return reading.actions(initiative, scope);
    }

    /** Whether the caller may register collective initiatives for {@code organizationId}. */
    public boolean canRegisterFor(long organizationId, Scope scope) {
        return reading.canRegisterFor(organizationId, scope);
    }

    /** Which of {@code organizationIds} the caller may register collective initiatives for, in one query. */
    public java.util.Set<Long> canRegisterFor(java.util.Collection<Long> organizationIds, Scope scope) {
        return reading.canRegisterFor(organizationIds, scope);
    }

    /** Whether the caller may register anything: as a record keeper somewhere, or for themself. */
    public boolean canRegister(Scope scope) {
        return reading.canRegister(scope);
    }

    /** A photo of a progress update of an initiative the caller may see. */
    public StoredFile photo(long id, long fileId, Scope scope) {
        return reading.photo(id, fileId, scope);
    }

    /** The bytes of such a photo. */
    public byte[] photoContent(long id, long fileId, Scope scope) {
        return reading.photoContent(id, fileId, scope);
    }

    // ------------------------------------------------------------------------------------------------- registering

    /**
     * Registers a collective initiative for an organisation the caller keeps records of, or an individual one for a
     * person: the caller themself, or someone in an organisation the caller keeps records of.
     */
    public long register(RegisterInitiative command, Scope scope) {
        return registration.register(command, scope);
    }

    /** Revises what was registered, indicators included; only while nothing has been reported. */
    public void revise(ReviseInitiative command, Scope scope) {
        registration.revise(command, scope);
    }

    // ----------------------------------------------------------------------------------------------------- progress

    public long reportProgress(ReportProgress command, Scope scope) {
        return progress.reportProgress(command, List.of(), scope);
    }

    /**
     * Records a progress update with its photos, in one transaction: a refused photo leaves nothing behind. The first
     * update of a registered initiative starts it.
     */
    public long reportProgress(ReportProgress command, List<PhotoUpload> photos, Scope scope) {
        return progress.reportProgress(command, photos, scope);
    }

    /** Starts a registered initiative without reporting anything yet. */
    public void start(StartInitiative command, Scope scope) {
        progress.start(command, scope);
    }

    /**
     * The owner declares an initiative in progress completed, with results reported and not before the last of them;
     * it then awaits the superior committee's evaluation.
     */
    public void complete(CompleteInitiative command, Scope scope) {
        progress.complete(command, scope);
    }

    // ----------------------------------------------------------------------------------------- the superior's part

    /** The superior committee evaluates a completed initiative as effective or not, with its remarks. */
    public void evaluate(EvaluateInitiative command, Scope scope) {
        assessment.evaluate(command, scope);
    }

    /** A committee above the owner recognises an effective initiative as a good model worth replicating. */
    public void recognise(RecogniseGoodModel command, Scope scope) {
        assessment.recognise(command, scope);
    }

    /**
     * Another organisation adopts a good model: a new registered initiative with the model's title, field,
     * description and indicators, linked to it; the model counts its replications.
     */
    public long adopt(AdoptGoodModel command, Scope scope) {
        return adoption.adopt(command, scope);
    }

    // -------------------------------------------------------------------------------------- consent and the portal

    /** Records the individual's consent to appear on the public portal (Nghị định 13/2023/NĐ-CP). */
    public void recordConsent(RecordConsent command, Scope scope) {
        publication.recordConsent(command, scope);
    }

    /** Withdraws the consent (by the unit or by the person themself); a published initiative leaves the portal. */
    public void withdrawConsent(WithdrawConsent command, Scope scope) {
        publication.withdrawConsent(command, scope);
    }

    /** Makes an effective initiative eligible for the public portal; an individual's needs their recorded consent. */
    public void publish(PublishInitiative command, Scope scope) {
        publication.publish(command, scope);
    }

    public void unpublish(UnpublishInitiative command, Scope scope) {
        publication.unpublish(command, scope);
    }
}
