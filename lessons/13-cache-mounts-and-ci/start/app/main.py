import os

import pandas as pd
from fastapi import FastAPI
from sqlalchemy import create_engine

app = FastAPI()
engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/report")
def report():
    with engine.connect() as conn:
        frame = pd.read_sql("select region, amount from sales", conn)
    return frame.groupby("region")["amount"].sum().round(2).to_dict()
