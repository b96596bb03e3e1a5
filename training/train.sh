#!/usr/bin/env bash
# Reproduce the packaged pipeline from ../shared/data (research data: never committed).
# Usage: bash training/train.sh [VERSION]      (run from the project root)
# Two trainings run side by side, one core each; on the 2-core reference machine the NER
# takes the longest (see MODEL_CARD.md for the measured times).
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-0.4.0}"
data=../shared/data
corpus=training/corpus
out=training/output
mkdir -p "$corpus" "$out"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

# 1. Convert: OntoNotes v4 JSONL -> DocBin (one Doc per document); UD EWT CoNLL-U -> DocBin.
for split in train dev; do
  python training/scripts/convert_ontonotes.py "$data/ontonotes/ontonotes-v4-$split.jsonl.gz" "$corpus/ner-$split.spacy"
  tmp=$(mktemp -d)
  gunzip -c "$data/ud-english-ewt/en_ewt-ud-$split.conllu.gz" > "$tmp/ud-$split.conllu"
  python -m spacy convert "$tmp/ud-$split.conllu" "$corpus" --converter conllu --n-sents 10
  rm -r "$tmp"
done
# The syntax pipeline's training set: EWT, plus the OntoNotes words with their PTB tags only
# (its tagger learns from both; the other components find no annotation there and skip it).
mkdir -p "$corpus/syntax-mixed"
ln -sf ../ud-train.spacy "$corpus/syntax-mixed/ud-train.spacy"
python training/scripts/ontonotes_tags.py "$corpus/ner-train.spacy" "$corpus/syntax-mixed/onto-train.spacy"

# 1b. Static word vectors for both token-vector layers: floret skip-gram on the raw text of
#     Reuters-21578 and the OntoNotes v4 *training* documents (2.8M words), one core.
python training/scripts/raw_text.py "$data" "$corpus/raw.jsonl"
python training/scripts/train_vectors.py "$corpus/raw.jsonl" "$corpus/vectors"

# 2. Train both pipelines in parallel (NER on OntoNotes; tagger/morph/lemma/parser on EWT, the
#    tagger also on the OntoNotes tags). Both average their parameters at a constant learning
#    rate; the NER also sees 10% of its training documents lower-cased, and stops after 11,000
#    steps (its best checkpoint came at 10,000), the syntax pipeline after 16,000.
python -m spacy train training/configs/ner.cfg --output "$out/ner" > "$out/ner.log" 2>&1 &
ner=$!
python -m spacy train training/configs/syntax.cfg --output "$out/syntax" > "$out/syntax.log" 2>&1 &
syntax=$!
wait "$ner" "$syntax"

# 3. Assemble into the package and evaluate (the numbers for MODEL_CARD.md).
python training/scripts/assemble.py "$out/syntax/model-best" "$out/ner/model-best" \
  src/extract/models/en_extract_core --version "$version"
python -m spacy evaluate src/extract/models/en_extract_core "$corpus/ud-dev.spacy"
extract evaluate-ner "$data/ontonotes/ontonotes-v4-dev.jsonl.gz"
