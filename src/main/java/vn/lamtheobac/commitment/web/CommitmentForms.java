package vn.lamtheobac.commitment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentView;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.TextLimits;

/** The forms of the commitment pages. */
final class CommitmentForms {

    private CommitmentForms() {}

    /** Blank lines offered under each section for the member to fill in. */
    static final int BLANK_LINES = 2;

    /** The commitment as written: one list of lines per section, and a target beside each task. */
    static class CommitmentForm {
        private int year;
        private int version;
        private List<String> politicalStudy = new ArrayList<>();
        private List<String> ethics = new ArrayList<>();
        private List<String> workingStyle = new ArrayList<>();
        private List<String> tasks = new ArrayList<>();
        private List<String> taskTargets = new ArrayList<>();

        static CommitmentForm of(CommitmentView c) {
            var form = new CommitmentForm();
            form.year = c.year();
            form.version = c.version();
            c.section(Section.POLITICAL_STUDY).forEach(i -> form.politicalStudy.add(i.content()));
            c.section(Section.ETHICS).forEach(i -> form.ethics.add(i.content()));
            c.section(Section.WORKING_STYLE).forEach(i -> form.workingStyle.add(i.content()));
            c.section(Section.TASK).forEach(i -> {
                form.tasks.add(i.content());
                form.taskTargets.add(i.target());
            });
            form.padded();
            return form;
        }

        /** Adds blank lines to every section so the page always offers room to write more. */
        CommitmentForm padded() {
            for (var lines : List.of(politicalStudy, ethics, workingStyle)) {
                lines.removeIf(l -> l == null || l.isBlank());
                for (int i = 0; i < BLANK_LINES; i++) {
                    lines.add("");
                }
            }
            var keptTasks = new ArrayList<String>();
            var keptTargets = new ArrayList<String>();
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i) != null && !tasks.get(i).isBlank()) {
                    keptTasks.add(tasks.get(i));
                    keptTargets.add(i < taskTargets.size() ? taskTargets.get(i) : "");
                }
            }
            for (int i = 0; i < BLANK_LINES; i++) {
                keptTasks.add("");
                keptTargets.add("");
            }
            tasks = keptTasks;
            taskTargets = keptTargets;
            return this;
        }

        WriteCommitment toCommand(long personId) {
            var items = new ArrayList<ItemDraft>();
            add(items, Section.POLITICAL_STUDY, politicalStudy);
            add(items, Section.ETHICS, ethics);
            add(items, Section.WORKING_STYLE, workingStyle);
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i) != null && !tasks.get(i).isBlank()) {
                    items.add(new ItemDraft(
                            Section.TASK, tasks.get(i), i < taskTargets.size() ? taskTargets.get(i) : null));
                }
            }
            return new WriteCommitment(personId, year, items, version);
        }

        /** The form field holding a section's lines, where an error about the section is shown. */
        static String field(Section section) {
            return switch (section) {
                case POLITICAL_STUDY -> "politicalStudy";
                case ETHICS -> "ethics";
                case WORKING_STYLE -> "workingStyle";
                case TASK -> "tasks";
            };
        }

        /** The same refusal, with each violation about a section moved to that section's field of this form. */
        static RuntimeException atSections(RuntimeException error) {
            if (!(error instanceof InvalidInputException invalid)) {
                return error;
            }
            var names =
                    java.util.Arrays.stream(Section.values()).map(Section::name).toList();
            return new InvalidInputException(invalid.violations().stream()
                    .map(v -> v.field() != null && names.contains(v.field())
                            ? new Violation(field(Section.valueOf(v.field())), v.messageKey(), v.args())
                            : v)
                    .toList());
        }

        private static void add(List<ItemDraft> items, Section section, List<String> lines) {
            lines.stream()
                    .filter(l -> l != null && !l.isBlank())
                    .forEach(l -> items.add(new ItemDraft(section, l, null)));
        }

        public int getYear() {
            return year;
        }

        public void setYear(int year) {
            this.year = year;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public List<String> getPoliticalStudy() {
            return politicalStudy;
        }

        public void setPoliticalStudy(List<String> politicalStudy) {
            this.politicalStudy = politicalStudy;
        }

        public List<String> getEthics() {
            return ethics;
        }

        public void setEthics(List<String> ethics) {
            this.ethics = ethics;
        }

        public List<String> getWorkingStyle() {
            return workingStyle;
        }

        public void setWorkingStyle(List<String> workingStyle) {
            this.workingStyle = workingStyle;
        }

        public List<String> getTasks() {
            return tasks;
        }

        public void setTasks(List<String> tasks) {
            this.tasks = tasks;
        }

        public List<String> getTaskTargets() {
            return taskTargets;
        }

        public void setTaskTargets(List<String> taskTargets) {
            this.taskTargets = taskTargets;
        }
    }

    /** Results per item id (the member's self-assessment or the cell's assessment). */
    static class ResultsForm {
        /** The steps that need a reason: returning a commitment, correcting a closed one. */
        interface Reasoned {}

        private int version;
        private Map<Long, ItemResult> results = new HashMap<>();
        private Map<Long, String> notes = new HashMap<>();

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String summary;

        private ItemResult outcome;

        @NotBlank(groups = Reasoned.class, message = "{commitment.error.reasonRequired}")
        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public Map<Long, ItemResult> getResults() {
            return results;
        }

        public void setResults(Map<Long, ItemResult> results) {
            this.results = results;
        }

        public Map<Long, String> getNotes() {
            return notes;
        }

        public void setNotes(Map<Long, String> notes) {
            this.notes = notes;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public ItemResult getOutcome() {
            return outcome;
        }

        public void setOutcome(ItemResult outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
