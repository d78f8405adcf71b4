"""Stakegraph's extraction as the map of an Apache Spark job.

Reads a JSON Lines corpus as text, pipes each partition through `stakegraph extract --jsonl -`
(RDD.pipe: one article line in, one extracted line out, in order) and saves the partitions as
part files (part-00000, part-00001, ...), which every stakegraph reading command takes:

    stakegraph graph OUT/part-* --format svg -o graph.svg

Usage: spark_extract.py CORPUS OUT [--binary PATH] [--master local[2]] [--partitions N]

On a cluster, ship the binary with `spark-submit --files /path/to/stakegraph` and give
`--binary ./stakegraph`, or install it on every worker and give its path.
"""
import argparse
import shlex
import time

from pyspark import SparkConf, SparkContext


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="the JSON Lines corpus (any Hadoop path: file://, hdfs://, s3a://)")
    parser.add_argument("out", help="the folder for the part files (must not exist)")
    parser.add_argument("--binary", default="stakegraph", help="the stakegraph executable on the workers")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, or local[2])")
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of partitions")
    parser.add_argument("--dictionary", action="append", default=[],
                        help="an extra stakeholder dictionary, present at this path on every worker (repeatable)")
    args = parser.parse_args()

    conf = SparkConf().setAppName("stakegraph-extract")
    if args.master:
        conf = conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf = conf.setMaster("local[2]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        command = [args.binary, "extract", "--jsonl", "-"]
        for path in args.dictionary:
            command += ["--dictionary", path]
        lines = sc.textFile(args.corpus, minPartitions=args.partitions or sc.defaultParallelism)
        start = time.monotonic()
        # checkCode: a bad line makes stakegraph exit 1 (its one-line message is on the task's
        # standard error), which then fails the task instead of leaving a short part.
        lines.pipe(shlex.join(command), checkCode=True).saveAsTextFile(args.out)
        print(f"spark: {lines.getNumPartitions()} partitions extracted in {time.monotonic() - start:.2f} s")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
