<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Vocabulary</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable use policy — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed with duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api-subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article or section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution or naming duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution or naming duties — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big-tech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I - Open Science Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class II - Open Tooling Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class III - Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (API only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commercial use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (machine-readable rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consortium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued-pretraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyleft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom-open-weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customization and fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data preprocessing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sovereignty and self-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field-of-use limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field-of-use limits — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic exclusions — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosted-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>license risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link between entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links between entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters (Final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters (Intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOF components and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a separate agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonprofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not-released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice file required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice file required — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights, unrestricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-core-hosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSI approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other frameworks&apos; grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass terms on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy rules and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proprietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redistribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample model outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speculative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting libraries and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag on an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags on entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms pass downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms pass downstream — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment of open models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreleased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap (monthly active users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User cap — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using outputs to train other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using outputs to train other models — detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor lock-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
