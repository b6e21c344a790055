// Property tests draw their cases from one seed per run: FC_SEED=<n> explores others (a failure prints its seed).
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261129);
fc.configureGlobal({ seed });
