"""The scikit-learn baselines of issue 5, on the same split as `otklik-bench text`.

Reads the «Наш Санкт-Петербург» appeals (../shared/data/appeals-spb-nashgorod/spb_appeals.jsonl.gz),
trains on created_at < 2021-03-01 and tests on the rest, for the category and for the answering
organisation (records without one left out), with
  A: word TF-IDF + logistic regression,
  B: character 2–5-gram TF-IDF + linear SVM,
one thread each. Prints one JSON object per line: label, model, macroF1, accuracy, trainSeconds,
textsPerSecond (vectorising and predicting the test texts: the fastest of PASSES passes, as the Swift side
measures its own, since a shared machine's other work only ever slows a pass down).
"""
import gzip
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import accuracy_score, f1_score  # noqa: E402
from sklearn.svm import LinearSVC  # noqa: E402

SPLIT = "2021-03-01"
PASSES = 5


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def models():
    return {
        "word TF-IDF + LogisticRegression": lambda: (
            TfidfVectorizer(analyzer="word", lowercase=True, sublinear_tf=True, min_df=1),
            LogisticRegression(max_iter=1000, C=10.0),
        ),
        "char 2-5 TF-IDF + LinearSVC": lambda: (
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True, sublinear_tf=True, min_df=2),
            LinearSVC(C=0.5),
        ),
    }


def main(path):
    rows = load(path)
    train = [r for r in rows if r["created_at"] < SPLIT]
    test = [r for r in rows if r["created_at"] >= SPLIT]
    for label in ("category", "responsible_org"):
        tr = [r for r in train if r.get(label)]
        te = [r for r in test if r.get(label)]
        x_train, y_train = [r["text"] for r in tr], [r[label] for r in tr]
        x_test, y_test = [r["text"] for r in te], [r[label] for r in te]
        for name, make in models().items():
            vectorizer, model = make()
            start = time.perf_counter()
            model.fit(vectorizer.fit_transform(x_train), y_train)
            trained = time.perf_counter()
            fastest = float("inf")
            for _ in range(PASSES):
                started = time.perf_counter()
                predicted = model.predict(vectorizer.transform(x_test))
                fastest = min(fastest, time.perf_counter() - started)
            print(json.dumps({
                "label": label, "model": name, "train": len(x_train), "test": len(x_test),
                "macroF1": round(f1_score(y_test, predicted, average="macro"), 4),
                "accuracy": round(accuracy_score(y_test, predicted), 4),
                "trainSeconds": round(trained - start, 2),
                "textsPerSecond": round(len(x_test) / fastest),
            }, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
